import { CandourStatements } from '../statements/statements';
import { defineElement } from '../internal/define';

export { CandourStatements };
defineElement('candour-statements', CandourStatements);

declare global {
  interface HTMLElementTagNameMap {
    'candour-statements': CandourStatements;
  }
}
