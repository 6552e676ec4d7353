import { describe, expect, it } from 'vitest';
import { parseScenario, pathAt } from './scenario.js';

const message = (v: unknown): string => {
  try {
    parseScenario(v);
    return 'valid';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('parseScenario()', () => {
  it('accepts the example shape', () => {
    expect(
      parseScenario({ name: 'x', hegemon_capacity: { start: 0.4, end: 0.2 }, outside_pull: { ARM: 0.8 }, crisis_rate_multiplier: 1.5 })
        .name,
    ).toBe('x');
  });

  it('names the field that is out of range', () => {
    expect(message({ name: 'x', outside_pull: { ARM: 1.4 } })).toMatchInlineSnapshot(
      `"scenario: scenario.outside_pull.ARM: Too big: expected number to be <=1"`,
    );
  });

  it('names an unknown state code', () => {
    expect(message({ name: 'x', outside_pull: { XXX: 0.5 } })).toMatchInlineSnapshot(
      `"scenario: scenario.outside_pull.XXX: Invalid key in record"`,
    );
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(message({ name: 'x', hegemon_capacty: 0.5 })).toMatchInlineSnapshot(
      `"scenario: scenario.hegemon_capacty: Unrecognized key: "hegemon_capacty""`,
    );
  });

  it('refuses a scenario without a name', () => {
    expect(message({})).toMatchInlineSnapshot(`"scenario: scenario.name: Invalid input: expected string, received undefined"`);
  });
});

describe('pathAt()', () => {
  it('runs a straight line from the first to the last month', () => {
    const p = { start: 0.2, end: 0.8 };
    expect([pathAt(p, 1, 4), pathAt(p, 4, 4), pathAt(0.3, 2, 4)]).toEqual([0.2, 0.8, 0.3]);
  });
});
