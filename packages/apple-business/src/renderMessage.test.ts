import { describe, expect, it } from 'vitest';
import { MAX_RENDERED_LENGTH, NULL_PLACEHOLDER, renderMessage } from './renderMessage.ts';

describe('renderMessage', () => {
  it('fills placeholders from context', () => {
    expect(renderMessage("Resource not found for Apple-generated '{{id}}'", { id: '9467895078742654451' })).toBe(
      "Resource not found for Apple-generated '9467895078742654451'",
    );
  });

  it('renders null as "not provided", numbers and booleans as text', () => {
    expect(renderMessage('{{a}} / {{b}} / {{c}} / {{d}}', { a: null, b: 42, c: false, d: 1.5 })).toBe(`${NULL_PLACEHOLDER} / 42 / false / 1.5`);
  });

  it('joins arrays, and writes nested objects as JSON', () => {
    expect(renderMessage("Referenced '{{appIds}}' value must exist", { appIds: ['284910350', '284910352'] })).toBe("Referenced '284910350, 284910352' value must exist");
    expect(renderMessage('{{v}}', { v: [1, null, { k: 'x' }, [2]] })).toBe(`1, ${NULL_PLACEHOLDER}, {"k":"x"}, [2]`);
    expect(renderMessage('{{v}}', { v: { min: 1 } })).toBe('{"min":1}');
  });

  it('leaves unknown placeholders as written', () => {
    expect(renderMessage('{{known}} and {{unknown}}', { known: 'k' })).toBe('k and {{unknown}}');
  });

  it('trims spaces inside the braces', () => {
    expect(renderMessage('[{{ id }}]', { id: 'x' })).toBe('[x]');
  });

  it('keeps an unclosed placeholder and text without placeholders unchanged', () => {
    expect(renderMessage('open {{id and more', { id: 'x' })).toBe('open {{id and more');
    expect(renderMessage('plain text', { id: 'x' })).toBe('plain text');
    expect(renderMessage('', {})).toBe('');
  });

  it('does not read inherited properties', () => {
    expect(renderMessage('{{toString}} {{constructor}}', {})).toBe('{{toString}} {{constructor}}');
  });

  it('replaces every occurrence, adjacent ones included', () => {
    expect(renderMessage('{{a}}{{a}}-{{b}}', { a: 'x', b: 'y' })).toBe('xx-y');
  });

  it('caps the output', () => {
    const out = renderMessage('{{v}}'.repeat(100), { v: 'z'.repeat(1000) });
    expect(out.length).toBe(MAX_RENDERED_LENGTH + 1);
    expect(out.endsWith('…')).toBe(true);
    expect(renderMessage('q'.repeat(MAX_RENDERED_LENGTH + 10), {}).length).toBe(MAX_RENDERED_LENGTH + 1);
  });

  it('survives values JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(renderMessage('[{{v}}]', { v: cyclic })).toBe('[]');
  });
});
