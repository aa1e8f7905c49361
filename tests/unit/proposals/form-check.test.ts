import { describe, expect, it } from 'vitest';
import { missingForProposal, type EndInput } from '../../../src/lib/proposals/form-check';

const existing = (id = ''): EndInput => ({
  mode: 'existing',
  id,
  name: '',
  type: '',
  placed: false,
});
const fresh = (name = '', type = '', placed = false): EndInput => ({
  mode: 'new',
  id: '',
  name,
  type,
  placed,
});

describe('why "Vorschlag hinzufügen" is disabled', () => {
  it('an empty form lacks an actor at both ends, "Von" first', () => {
    expect(missingForProposal(existing(), existing())).toEqual([
      { end: 'from', what: 'pick' },
      { end: 'to', what: 'pick' },
    ]);
  });

  it('a new actor lacks each of name, type and place until given (blank names do not count)', () => {
    expect(missingForProposal(existing('bamberg'), fresh('  ', 'Hochschule'))).toEqual([
      { end: 'to', what: 'name' },
      { end: 'to', what: 'place' },
    ]);
    expect(missingForProposal(fresh('Neu eG', '', true), existing('bamberg'))).toEqual([
      { end: 'from', what: 'type' },
    ]);
  });

  it('the same existing actor at both ends is named as the reason', () => {
    expect(missingForProposal(existing('bamberg'), existing('bamberg'))).toEqual([
      { end: null, what: 'same' },
    ]);
  });

  it('a complete form lacks nothing', () => {
    expect(missingForProposal(existing('bamberg'), existing('org-hochschule-wismar'))).toEqual([]);
    expect(missingForProposal(fresh('Neu eG', 'Genossenschaft', true), existing('x'))).toEqual([]);
  });
});
