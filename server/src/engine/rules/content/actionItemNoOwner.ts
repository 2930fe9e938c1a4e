import type { Rule } from '../rule';
import { openActionItems, quoteItem } from '../../query/actionItems';

export const actionItemNoOwner: Rule = {
  id: 'PM021',
  alias: 'action-item-no-owner',
  description: 'An action item has no owner.',
  defaultLevel: 'warning',
  tags: ['content', 'action-items'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'An action item without an owner is a wish: everyone agrees in the review, and nobody does it. One person (not a team) should own each item, ' +
    'even if others do the work. An owner is read from an `@mention`, from "owner: Name" (also assignee, owned by, DRI), or from an Owner column in an action-item table.\n\n' +
    'Items that are ticked off (`- [x]`) are done and not checked.',
  check({ document, report }) {
    for (const item of openActionItems(document)) {
      if (item.owner) continue;
      report({
        message: `Action item ${quoteItem(item)} has no owner; name the one person who will see it done ("owner: @name").`,
        range: item.range,
      });
    }
  },
};
