// Writes schema/contract.schema.json from the zod contract (src/core/contract.ts). Run: npm run schema
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EventSchema, ExtractJsonlLineSchema, ExtractJsonOutputSchema, InputDocumentSchema } from '../src/core/contract.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Vigie data contract',
  $defs: {
    InputDocument: z.toJSONSchema(InputDocumentSchema, { target: 'draft-2020-12' }),
    Event: z.toJSONSchema(EventSchema, { target: 'draft-2020-12' }),
    ExtractJsonOutput: z.toJSONSchema(ExtractJsonOutputSchema, { target: 'draft-2020-12' }),
    ExtractJsonlLine: z.toJSONSchema(ExtractJsonlLineSchema, { target: 'draft-2020-12' }),
  },
};
writeFileSync(new URL('../schema/contract.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('schema/contract.schema.json written');
