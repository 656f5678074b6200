import { css } from 'lit';

/**
 * The declarations of Candour's secondary button (GOV.UK's look: grey, a
 * darker shadow beneath, a 44px target), for rules that add their own layout.
 * Colours come from `--candour-button-bg`, `-fg`, `-shadow`.
 */
export const secondaryButton = css`
  appearance: none;
  box-sizing: border-box;
  min-block-size: 44px;
  margin: 0;
  padding-block: 0.5rem;
  padding-inline: 0.875rem;
  border: 2px solid transparent;
  border-radius: 0;
  box-shadow: 0 2px 0 var(--candour-button-shadow, #929191);
  background: var(--candour-button-bg, #f3f2f1);
  color: var(--candour-button-fg, #0b0c0c);
  cursor: pointer;
`;
