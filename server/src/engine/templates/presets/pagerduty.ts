import type { Template } from '../template';

/** PagerDuty's postmortem template. */
export const pagerduty: Template = {
  id: 'pagerduty',
  name: 'PagerDuty',
  description: 'Overview, what happened, contributing factors, resolution, impact table, responders, timeline, how did we do, action items, messaging.',
  sections: [
    { key: 'summary', title: 'Overview', aliases: ['summary', 'incident overview', 'incident summary'], required: true, role: 'summary', description: 'A short summary of what happened and its effect.', scaffold: '${1:What happened, in two sentences.}\n' },
    { key: 'what-happened', title: 'What Happened', aliases: ['description', 'incident description'], required: true, role: 'other', description: 'The story of the incident, without blame.', scaffold: '${1:What happened.}\n' },
    { key: 'root-cause', title: 'Contributing Factors', aliases: ['contributing factor', 'root causes', 'root cause', 'causes'], required: true, role: 'root-cause', description: 'The factors that together made the incident possible; no individual action is ever a root cause.', scaffold: '- ${1:A contributing factor.}\n' },
    { key: 'resolution', title: 'Resolution', aliases: ['mitigation', 'recovery'], required: true, role: 'resolution', description: 'How the incident was resolved.', scaffold: '${1:How it was resolved.}\n' },
    { key: 'impact', title: 'Impact', aliases: ['customer impact', 'user impact'], required: true, role: 'impact', description: 'A table: minutes in SEV-1 and SEV-2, notifications out of SLA, events dropped, accounts and users affected, support requests.', scaffold: '| Metric | Value |\n| --- | --- |\n| Time in SEV-1 | ${1:N} minutes |\n| Users affected | ${2:N} |\n| Support requests raised | ${3:N} |\n' },
    { key: 'responders', title: 'Responders', aliases: ['responder', 'participants', 'people involved'], required: false, role: 'other', description: 'Who responded, in which role (incident commander, scribe, subject matter experts).', scaffold: '- Incident commander: @${1:name}\n' },
    { key: 'timeline', title: 'Timeline', aliases: ['incident timeline', 'timeline of events'], required: true, role: 'timeline', description: 'From before the incident to its end, each item linked to evidence.', scaffold: '- ${1:HH:MM} UTC - ${2:What happened.}\n' },
    { key: 'how-did-we-do', title: "How'd We Do?", aliases: ['how did we do', 'what went well and what did not', 'retrospective'], required: true, role: 'lessons', description: 'What went well and what did not.', scaffold: '**What went well**\n- ${1}\n\n**What didn\'t go so well**\n- ${2}\n' },
    { key: 'action-items', title: 'Action Items', aliases: ['action item', 'follow ups', 'follow up actions', 'next steps', 'corrective actions'], required: true, role: 'action-items', description: 'Actionable (starting with a verb), specific and bounded tasks, each with an owner and a ticket.', scaffold: '- [ ] ${1:Add an alert for X} (owner: @${2:name}, ${3:TICKET-123})\n' },
    { key: 'messaging', title: 'Messaging', aliases: ['internal and external messaging', 'communications', 'customer communication', 'external message'], required: false, role: 'other', description: 'What was said internally and to customers.', scaffold: '**Internal:** ${1}\n\n**External:** ${2}\n' },
  ],
};
