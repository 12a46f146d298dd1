/** Where a CLI command writes: injected so commands can be tested without a process. */
export interface CommandOutput {
	write(line: string): void;
	error(line: string): void;
}

export const processOutput: CommandOutput = {
	write: (line) => process.stdout.write(line + '\n'),
	error: (line) => process.stderr.write(line + '\n'),
};
