// Public API of corrections: hand fixes that survive re-ingest.
export { applyCorrections, type Applied } from './apply.ts';
export { formatCorrections, loadCorrections, saveCorrections } from './corrections-file.ts';
export { corrections, correctionsFile, type Corrections } from './corrections-schema.ts';
export { editsOutsideCorrections, liftEdits } from './lift.ts';
export { deriveTargetId } from './target-id.ts';
