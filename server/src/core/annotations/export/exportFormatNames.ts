/** The annotation export formats' names, apart from their code (which the server loads lazily). */
export const annotationExportFormats = ['csv', 'jsonl', 'w3c', 'brat'] as const;
export type AnnotationExportFormat = typeof annotationExportFormats[number];
