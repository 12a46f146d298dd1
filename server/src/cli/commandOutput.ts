/** Where a CLI command writes: injected so commands can be tested without a process. */
export interface CommandOutput {
	write(line: string): void;
	error(line: string): void;
	/** Writes text exactly as given (an export's bytes); `write` without its line break when absent. */
	raw?(text: string): void;
}

export const processOutput: CommandOutput = {
	write: (line) => process.stdout.write(line + '\n'),
	error: (line) => process.stderr.write(line + '\n'),
	raw: (text) => process.stdout.write(text),
};
