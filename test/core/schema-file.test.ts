import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EventSchema } from '../../src/core/contract.js';

describe('schema/contract.schema.json', () => {
  it('is up to date with the zod contract (run npm run schema after changing src/core/contract.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/contract.schema.json', import.meta.url), 'utf8'));
    expect(committed.$defs.Event).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(EventSchema, { target: 'draft-2020-12' }))));
  });
});
