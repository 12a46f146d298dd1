/**
 * `seed.restore`: puts back an annotation that was removed (the Undo of Remove Tag), with the same
 * id, note and creation time, on its passage where it is now (or, if the text changed since, on the
 * same words nearest to that place). Refused when the id is taken or the words are gone.
 */
import { AnnotationCommandError } from './annotationCommandError';
import type { AnnotationInfo, RestoreArgs, TagArgs } from './protocol/commands';

/** What a restored annotation keeps from before its removal. */
export interface RestoredIdentity {
	readonly id: string;
	readonly created: string;
	readonly text: string;
}

export interface Tagger {
	tag(args: TagArgs, restored?: RestoredIdentity): Promise<AnnotationInfo>;
}

export function restoreAnnotation(tagger: Tagger, args: RestoreArgs): Promise<AnnotationInfo> {
	const annotation = args?.annotation;
	if (typeof annotation !== 'object' || annotation === null) {
		throw new AnnotationCommandError(
			'seed.restore needs "annotation": the removed annotation ({id, tag, text, range, note?, created}).',
		);
	}
	for (const field of ['id', 'tag', 'text', 'created'] as const) {
		if (typeof annotation[field] !== 'string' || annotation[field] === '') {
			throw new AnnotationCommandError(`seed.restore needs "annotation.${field}" (a non-empty string).`);
		}
	}
	if (Number.isNaN(Date.parse(annotation.created))) {
		throw new AnnotationCommandError(`seed.restore: "annotation.created" is not a date and time: ${annotation.created}`);
	}
	return tagger.tag(
		{
			uri: args.uri,
			range: annotation.range,
			tag: annotation.tag,
			...(typeof annotation.note === 'string' ? { note: annotation.note } : {}),
		},
		{ id: annotation.id, created: annotation.created, text: annotation.text },
	);
}
