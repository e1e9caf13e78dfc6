// toYAML carries exactly the JSON contract: loading the YAML gives back the JSON's data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { parse } from '../../src/parse.js';
import { toJSON } from '../../src/emit/json.js';
import { toYAML } from '../../src/emit/yaml.js';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

describe('toYAML', () => {
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('round-trips %s to the JSON data', (file) => {
    const result = parse(readFileSync(join(seeds, file)), { path: `seeds/${file}` });
    expect(load(toYAML(result))).toEqual(JSON.parse(toJSON(result)));
  });

  it('keeps strings that YAML would read as other types', () => {
    const text = '2024年工作要点\n一、yes\n二、.inf\n三、null: ~\n四、- a\n五、"quoted" #hash\n六、true\n';
    const result = parse(text);
    const titles = result.documents[0]?.children.map((n) => n.title);
    expect(titles).toEqual(['yes', '.inf', 'null: ~', '- a', '"quoted" #hash', 'true']);
    expect(load(toYAML(result))).toEqual(JSON.parse(toJSON(result)));
  });
});
