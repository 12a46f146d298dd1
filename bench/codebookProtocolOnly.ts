/** `node out/bench/codebookProtocolOnly.js`: the codebook rows of the bench alone, printed as JSON. */
import { benchCodebookProtocol } from './codebookProtocolBench';

void benchCodebookProtocol().then(timing => console.log(JSON.stringify(timing, undefined, 1)));
