// A mocha interface with both styles: suites written with describe/it and with suite/test run side
// by side. Mocha takes it as `ui: <path of this file>` (here and in .vscode-test.mjs).
import Mocha from 'mocha';

function bddAndTdd(suite: Mocha.Suite): void {
	Mocha.interfaces.bdd(suite);
	Mocha.interfaces.tdd(suite);
}

export = bddAndTdd;
