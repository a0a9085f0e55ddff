// s321 schema <data-pilot|type86|request|rules|tariffs|rates> [--participant T]: the JSON Schema, generated from the
// zod source (core/records/json-schema.ts), never written by hand.
import { parseArgs } from 'node:util';
import { PARTICIPANTS, ratesJsonSchema, recordJsonSchema, requestJsonSchema, rulesJsonSchema, tariffsJsonSchema } from '../../core/records/index.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../io.ts';
import { parseParticipant } from '../records-io.ts';

const help = `Usage: s321 schema <data-pilot|type86|request|rules|tariffs|rates> [--participant T] [--compact]

Prints the JSON Schema (draft 2020-12) of a record profile, generated from the same zod schema
\`s321 validate\` uses:
  data-pilot   a Section 321 Data Pilot record; --participant picks the requirement table:
               ${PARTICIPANTS.join(', ')} (default ONLINE_MARKETPLACE)
  type86       an ACE Entry Type 86 record
  request      the request of \`s321 evaluate\` (one shipment)
  rules        a replacement rule set (\`--rules FILE\`, the widget's \`rules\` property)
  tariffs      a replacement tariff set (\`--tariffs FILE\`, the widget's \`tariffs\` property)
  rates        a rates table of CBP certified exchange rates (\`--rates FILE\`, the widget's
               \`rates\` property, the extension's options page)
  --compact    one line instead of indented JSON`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of a record profile (data-pilot, type86), the evaluate request, a rule set, a tariff set or a rates table',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { participant: { type: 'string' }, compact: { type: 'boolean' } },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        `expected one profile (data-pilot, type86, request, rules, tariffs or rates), got ${positionals.length ? positionals.join(' ') : 'none'}`,
      );
    const name = positionals[0];
    let schema: unknown;
    const participant = parseParticipant(values.participant);
    if (name === 'data-pilot') schema = recordJsonSchema('data-pilot', participant);
    else if (name === 'type86' || name === 'request' || name === 'rules' || name === 'tariffs' || name === 'rates') {
      if (values.participant !== undefined) throw new UsageError(`--participant applies to the data-pilot profile only, not to ${name}`);
      schema =
        name === 'type86'
          ? recordJsonSchema('type86')
          : name === 'request'
            ? requestJsonSchema()
            : name === 'tariffs'
              ? tariffsJsonSchema()
              : name === 'rates'
                ? ratesJsonSchema()
                : rulesJsonSchema();
    } else throw new UsageError(`unknown profile "${name}": expected data-pilot, type86, request, rules, tariffs or rates`);
    process.stdout.write(JSON.stringify(schema, null, values.compact ? undefined : 2) + '\n');
    return 0;
  },
};
