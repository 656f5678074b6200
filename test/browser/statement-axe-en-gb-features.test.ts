/**
 * The statement site in examples/statement (written by `candour statement
 * examples/candour.json`), in real browsers: axe finds no violations on any
 * feature page of the en-GB part of the site. Split by locale and kind of page so that each file stays
 * within the test runner's time limit on a slow machine.
 */
import { expect } from '@open-wc/testing';
import { axePage, describeViolations, pagesOf } from './statement.helpers';

describe('statement site (en-GB, feature pages): axe finds no violations', () => {
  const pages = pagesOf('en-GB', 'features');
  it('covers every such page of the site', () => expect(pages.length).to.equal(6));
  for (const path of pages) {
    it(path, async function () {
      this.timeout(30000);
      const result = await axePage(path);
      expect(result.violations.length, describeViolations(result)).to.equal(0);
    });
  }
});

