/** The part of a cancellation token the core reads; LSP's `CancellationToken` satisfies it. */
export interface CancellationToken {
	readonly isCancellationRequested: boolean;
}
