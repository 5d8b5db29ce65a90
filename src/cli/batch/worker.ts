/** Worker-thread entry for batch runs (see run-batch.ts). */
export { createDocumentProcessor } from './process-document.js'
