/**
 * The exports and the REFI-QDA exchange, bundled apart from the server (`dist/exchange.js`) and
 * loaded on first use (`exchangeLoader.ts`): they run rarely and would push the server bundle over
 * its 500 KB budget. Everything here is re-exported from the core and `node/`. The codebook index
 * (`codebookIndex.ts`), the codebook commands, renaming a tag everywhere, the annotation exports and
 * the locked read-modify-write of a whole file (the registry's) are here too, loaded on the first such request.
 */
export { CodebookIndex } from './core/annotations/codebookIndex';
export { CodebookCommands } from './codebookCommands';
export { renameTagEverywhere } from './tagRename';
export { changeFileUnderLock } from './core/annotations/lockedFileChange';
export { exportAnnotations } from './annotationExport';
export { toBrat } from './core/annotations/export/brat';
export { bratFiles, exportDocument } from './core/annotations/export/exportFormats';
export { readSavedSources } from './core/annotations/export/savedSources';
export { readExchangeProject, writeQdc, writeQdpx } from './core/exchange/projectExport';
export { withCoderSidecars } from './node/coderSidecars';
export { formatImportReport, planImport } from './core/exchange/projectImport';
export { existingFilesIn, writeImportPlan } from './node/importPlanWriter';
export { ExchangeService } from './exchangeService';
