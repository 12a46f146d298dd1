/**
 * W3C Web Annotation export (JSON-LD): an AnnotationCollection whose page holds one Annotation per
 * tag, motivated by `tagging`, with the tag (and the note, as `commenting`) as TextualBody, and
 * targets described by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector.
 *
 * The Web Annotation Data Model (W3C Recommendation, 2017, §4.2.4) counts TextPositionSelector
 * positions in Unicode code points ("a surrogate pair in UTF-16 counts as 1 character"), so start
 * and end here are code points, not the sidecar's UTF-16 code units.
 */
import { contextAround } from '../annotation';
import { exportedPositions, exportedTexts, inCodePoints, type ExportSource } from './exportSource';

export function toWebAnnotations(sources: readonly ExportSource[]): string {
	const items: unknown[] = [];
	for (const source of sources) {
		for (const { annotation, start, end } of inCodePoints(source)) {
			const { before, after } = contextAround(source.text, annotation.start, annotation.end);
			const body: unknown[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.tag }];
			if (annotation.note) {
				body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
			}
			items.push({
				id: `urn:seed-annotator:${encodeURIComponent(source.seed)}:${annotation.id}`,
				type: 'Annotation',
				motivation: 'tagging',
				...(annotation.created ? { created: annotation.created } : {}),
				// The coder as the annotation's creator (W3C model §3.3.1: an Agent, here a Person by nickname).
				...(source.coder ? { creator: { type: 'Person', nickname: source.coder } } : {}),
				body,
				target: {
					source: source.uri,
					selector: [
						{ type: 'TextQuoteSelector', exact: annotation.text, prefix: before, suffix: after },
						{ type: 'TextPositionSelector', start, end },
					],
				},
			});
		}
	}
	return JSON.stringify({
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: 'urn:seed-annotator:export',
		type: 'AnnotationCollection',
		label: 'Seed Annotator annotations',
		// Said in the collection's header, as every export does: which texts the positions fit.
		generator: { type: 'Software', name: 'Seed Annotator' },
		comment: `Exported from ${exportedTexts}; TextPositionSelector in ${exportedPositions}.`,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items },
	}, undefined, 2) + '\n';
}
