import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

describe('money-brand, run as `pnpm start` runs it', () => {
  let output = '';
  beforeAll(() => {
    output = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
  });

  it('does arithmetic with real instances', () => {
    expect(output).toContain('A real Money: €12.50 + €3.00 = €15.50');
  });

  it('rejects all four forgeries with an error that names what it got', () => {
    const rejections = output.match(
      /price\.plus\(forgery\) {3}→ rejected: BrandError: Expected Money, got .*/g,
    );
    expect(rejections).toEqual([
      expect.stringContaining('got an unbranded Money'),
      expect.stringContaining('got an unbranded Object'),
      expect.stringContaining('got an unbranded Money'),
      expect.stringContaining('got an unbranded Money'),
    ]);
    expect(output).not.toMatch(/price\.plus\(forgery\) {3}→ accepted/);
  });

  it('shows a plain instanceof accepting the forgeries that keep the prototype', () => {
    expect(output.match(/instanceof PlainMoney → accepted/g)).toHaveLength(3);
    expect(output.match(/instanceof PlainMoney → rejected/g)).toHaveLength(1);
  });

  it('accepts real instances that crossed into a node:vm realm, and nothing else', () => {
    expect(output).toContain('amount instanceof Object, in the plugin   → no, no, no');
    expect(output).toContain('amount instanceof Money, in the plugin    → yes, yes, no');
    expect(output).toContain('its own Object.create(Money.prototype)    → rejected');
    expect(output).toContain('back in the host        → €12.50, €3.00 (assertMoney passes)');
    expect(output).toContain('Money.fromJSON → €12.50, isMoney: true');
  });
});

describe('the Money class (checked in a tsx child process)', () => {
  let results: Record<string, unknown> = {};
  beforeAll(() => {
    const json = execFileSync(process.execPath, ['--import', 'tsx', 'test/probe-money.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
    results = JSON.parse(json) as Record<string, unknown>;
  });

  it('brands what its constructor, plus() and fromJSON() make', () => {
    expect(results.constructedIsMoney).toBe(true);
    expect(results.sumIsMoney).toBe(true);
    expect(results.revivedIsMoney).toBe(true);
    expect(results.revivedFormat).toBe('-€0.05');
  });

  it('rejects a structuredClone copy, which keeps every field', () => {
    expect(results.cloneInstanceOf).toBe(false);
    expect(results.cloneRejected).toBe('BrandError: Expected Money, got an unbranded Object');
    expect(results.cloneErrorIsBrandError).toBe(true);
  });

  it('rejects a Money-shaped object built entirely inside another realm', () => {
    expect(results.foreignRejected).toBe('BrandError: Expected Money, got an unbranded Object');
  });

  it('refuses malformed JSON and mixed currencies with messages that say why', () => {
    expect(results.malformedJson).toMatch(/^TypeError: Money\.fromJSON: expected \{ cents/);
    expect(results.mixedCurrencies).toBe('RangeError: Cannot add $0.01 to €0.01: currencies differ');
  });
});
