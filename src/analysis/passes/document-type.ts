import { resolveDocumentType } from '../document-type.js';
import { definePass } from '../pass.js';

export const documentTypePass = definePass({
  name: 'documentType',
  reads: [],
  run: ({ document, settings }) => resolveDocumentType(document, settings),
});
