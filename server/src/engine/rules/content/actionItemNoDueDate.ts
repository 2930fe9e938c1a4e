import type { Rule } from '../rule';
import { openActionItems, quoteItem } from '../../query/actionItems';

export const actionItemNoDueDate: Rule = {
  id: 'PM022',
  alias: 'action-item-no-due-date',
  description: 'An action item has neither a due date nor a ticket.',
  defaultLevel: 'info',
  tags: ['content', 'action-items'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Action items without a date or a ticket drift: the next incident with the same cause finds them still open. ' +
    'Atlassian gives priority actions a 4- or 8-week deadline; Google SRE and PagerDuty file each one as a bug. ' +
    'Either is enough: a due date ("due 2024-04-01", "by end of sprint", "Q3"), or a ticket (`OPS-123`, `#42`, a link, or a Bug/Ticket column).\n\n' +
    'This is information, not a defect: a team that tracks items elsewhere can turn it off. Ticked items are done and not checked.',
  check({ document, report }) {
    for (const item of openActionItems(document)) {
      if (item.due || item.ticket) continue;
      report({
        message: `Action item ${quoteItem(item)} has no due date or ticket; add one ("due 2024-04-01" or "OPS-123") so it is tracked.`,
        range: item.range,
      });
    }
  },
};
