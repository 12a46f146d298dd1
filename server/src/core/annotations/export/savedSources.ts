/**
 * The texts and annotations every export reads: each seed and its sidecar as saved on disk. An
 * editor's unsaved text is never exported — its offsets would not fit the file a reader opens — so
 * the server and the `seed export` command share this one reading.
 *
 * The sidecar's positions are re-anchored in the saved text (exact passage first, then by context,
 * as when a text changed outside the editor); what cannot be found is left out and counted.
 */
import { URI } from 'vscode-uri';
import { withPosition, type Annotation } from '../annotation';
import type { AnnotationFileSystem } from '../fileSystem';
import { reanchorAll } from '../reanchor';
import { defaultSidecarLimits, Sidecar, type SidecarLimits } from '../sidecar';
import { defaultSidecarUri } from '../sidecarStore';
import { readCanonicalSidecar } from './canonicalSidecar';
import type { ExportSource } from './exportSource';
import { runInSlices } from '../../steps';
import { decodeUtf8InSteps } from '../../utf8Steps';

export interface SeedToExport {
	readonly uri: URI;
	/** How the export names it: a workspace-relative path such as `seeds/000_x.txt`. */
	readonly name: string;
}

export interface SavedSources {
	readonly sources: ExportSource[];
	/** Files that could not be read or parsed, each message naming the file; they are left out. */
	readonly problems: string[];
	/** Annotations whose passage is no longer in the saved text (left out, as orphans). */
	readonly orphaned: number;
}

export interface SavedSourceOptions {
	readonly sidecarUriFor?: (seed: URI) => URI;
	readonly limits?: SidecarLimits;
}

/** The saved seed's text as an editor holds it (byte-order mark dropped); undefined when missing. */
export async function readSavedText(fileSystem: AnnotationFileSystem, uri: URI): Promise<string> {
	const bytes = await fileSystem.readFile(uri);
	let text: string;
	try {
		// In slices: other requests get their turn while a very large seed is decoded.
		text = await runInSlices(decodeUtf8InSteps(bytes));
	} catch {
		throw new Error(`${uri.fsPath} is not valid UTF-8`);
	}
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The saved sidecar's annotations; [] when there is none; an error naming the file when malformed. */
export async function readSavedAnnotations(fileSystem: AnnotationFileSystem, sidecarUri: URI,
	limits = defaultSidecarLimits): Promise<readonly Annotation[]> {
	if (!await fileSystem.stat(sidecarUri)) {
		return [];
	}
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await fileSystem.readFile(sidecarUri));
	const canonical = text.length <= limits.maxLength ? readCanonicalSidecar(text) : undefined;
	if (canonical) {
		return canonical;
	}
	const parsed = Sidecar.parse(text, limits);
	if (!parsed.ok) {
		const problem = parsed.problems[0];
		const { line, character } = problem.range.start;
		throw new Error(`${sidecarUri.fsPath} is malformed: ${problem.message} (line ${line + 1}, column ${character + 1})`);
	}
	return parsed.sidecar.annotations;
}

/** Annotations placed in `text` by passage and context; orphans are dropped. */
export function anchoredIn(text: string, annotations: readonly Annotation[]): { annotations: Annotation[]; orphaned: number } {
	const results = reanchorAll(text, annotations);
	const placed: Annotation[] = [];
	results.forEach((result, index) => {
		if (result.status !== 'orphaned') {
			placed.push(withPosition(annotations[index], text, result.start, result.end));
		}
	});
	return { annotations: placed, orphaned: annotations.length - placed.length };
}

export async function readSavedSources(fileSystem: AnnotationFileSystem, seeds: readonly SeedToExport[],
	options: SavedSourceOptions = {}): Promise<SavedSources> {
	const sources: ExportSource[] = [];
	const problems: string[] = [];
	let orphaned = 0;
	for (const seed of seeds) {
		try {
			const text = await readSavedText(fileSystem, seed.uri);
			const saved = await readSavedAnnotations(fileSystem, (options.sidecarUriFor ?? defaultSidecarUri)(seed.uri), options.limits);
			const anchored = anchoredIn(text, saved);
			orphaned += anchored.orphaned;
			sources.push({ seed: seed.name, uri: seed.uri.toString(), text, annotations: anchored.annotations });
		} catch (error) {
			const code = (error as { code?: string }).code;
			problems.push(code === 'ENOENT' ? `${seed.uri.fsPath} does not exist` : (error as Error).message);
		}
	}
	return { sources, problems, orphaned };
}
