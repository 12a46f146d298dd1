// Entry point of the in-editor suite: the `run()` contract that VS Code's test host calls
// (`extensionTestsPath`), used alike by @vscode/test-electron and the code-server runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
	// The workbench forwards console output as a format string plus arguments, which the code-server
	// runner cannot put back together: format here, and tag the lines so the runner can tell them
	// from the workbench's own log (the tag is set only by that runner).
	const tag = process.env.SEED_TEST_LOG_TAG ?? '';
	const log = console.log.bind(console);
	Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
		for (const line of format(...data).split('\n')) log(tag + line);
	};
	const mocha = new Mocha({
		color: false,
		reporter: 'spec',
		timeout: 30_000,
		grep: process.env.SEED_TEST_GREP || undefined,
	});
	mocha.ui(path.join(__dirname, 'ui.js')); // describe/it and suite/test alike
	// suite/ normally; suite-untrusted/ when the host opened the folder in an untrusted workspace.
	const suiteDir = path.join(__dirname, process.env.SEED_TEST_SUITE || 'suite');
	// File names start with a number: activation checks must run before any seed is opened.
	const files = (await fs.promises.readdir(suiteDir)).filter((name) => name.endsWith('.test.js')).sort();
	for (const file of files) mocha.addFile(path.join(suiteDir, file));
	await new Promise<void>((resolve, reject) => {
		mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed`)) : resolve()));
	});
}
