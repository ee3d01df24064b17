import {test} from 'node:test';
import assert from 'node:assert/strict';
import countries from 'i18n-iso-countries';
import {isAssignedCountry} from '../../src/core/countries.js';

test('the validator knows exactly the assigned ISO 3166-1 alpha-2 codes (and XK), as i18n-iso-countries lists them', () => {
  const assigned = new Set(Object.keys(countries.getAlpha2Codes()));
  const wrong: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isAssignedCountry(code) !== assigned.has(code)) wrong.push(code);
    }
  }
  assert.deepEqual(wrong, []);
  for (const code of ['RU', 'JP', 'KR', 'KP', 'CN', 'TW', 'XK', 'PS', 'EH', 'AM', 'BY'])
    assert.ok(isAssignedCountry(code), code);
  for (const code of ['UK', 'EL', 'XX', 'EU', 'ZZ', 'AA']) assert.ok(!isAssignedCountry(code), code);
});
