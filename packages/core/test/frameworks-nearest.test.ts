// nearestId ("did you mean ...?") and formatPath, which the manifest validator reuses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, formatPath, nearestId } from '../src/frameworks';

const ics = [
  'ics.people.1',
  'ics.workforce.1',
  'ics.workforce.2',
  'ics.providers.1',
  'ics.providers.2',
  'ics.providers.3',
  'ics.providers.4',
  'ics.providers.5',
  'ics.tech.1',
  'ics.tech.2',
];

describe('nearestId', () => {
  it('suggests the id a typo was meant to be', () => {
    assert.equal(nearestId('ics.provider.3', ics), 'ics.providers.3');
    assert.equal(nearestId('ics.techh.2', ics), 'ics.tech.2');
    assert.equal(nearestId('ics.workforce.3', ics), 'ics.workforce.1');
  });

  it('is case-insensitive and returns the id as known', () => {
    assert.equal(nearestId('ICS.Providers.3', ics), 'ics.providers.3');
    assert.equal(nearestId('Transparency', ['truth', 'transparency']), 'transparency');
  });

  it('counts a swap of two adjacent characters as one edit (Damerau)', () => {
    assert.equal(nearestId('ics.porviders.3', ics), 'ics.providers.3');
    assert.equal(nearestId('cqc.12', ['cqc.1', 'cqc.21']), 'cqc.1'); // both distance 1: first wins
  });

  it('allows max(2, 40% of the length) edits and no more', () => {
    // short ids: up to 2 edits
    assert.equal(nearestId('2x', ['2a']), '2a');
    assert.equal(nearestId('q', ['2a']), '2a');
    assert.equal(nearestId('xyz', ['2a']), undefined);
    // 10 characters: up to 4 edits
    assert.equal(nearestId('abcdefghij', ['abcdefwxyz']), 'abcdefwxyz');
    assert.equal(nearestId('abcdefghij', ['abcdevwxyz']), undefined);
  });

  it('returns undefined when nothing is close, or there is nothing to compare', () => {
    assert.equal(nearestId('completely-different', ics), undefined);
    assert.equal(nearestId('ics.people.1', []), undefined);
    assert.equal(nearestId('', ics), undefined);
  });

  it('editDistance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.equal(editDistance('ca', 'abc'), 3); // optimal string alignment
  });
});

describe('formatPath', () => {
  it('writes paths as in JavaScript', () => {
    assert.equal(formatPath(['features', 2, 'notice', 'person', 'summary']), 'features[2].notice.person.summary');
    assert.equal(formatPath(['items', 3, 'provenance', 'source']), 'items[3].provenance.source');
    assert.equal(formatPath([0, 'links']), '[0].links');
    assert.equal(formatPath(['a b', 'c']), '["a b"].c');
    assert.equal(formatPath(['$schema']), '$schema');
    assert.equal(formatPath([]), '');
  });
});
