import type { Template } from '../template';

/** Atlassian's incident postmortem template. */
export const atlassian: Template = {
  id: 'atlassian',
  name: 'Atlassian',
  description: 'Incident summary, leadup, fault, impact, detection, response, recovery, timeline, five whys, root cause, related records, lessons learned, corrective actions.',
  sections: [
    { key: 'summary', title: 'Incident summary', aliases: ['summary', 'overview', 'executive summary'], required: true, role: 'summary', description: 'What happened, its impact and duration, and what fixed it, in a paragraph.', scaffold: '${1:Between HH:MM and HH:MM UTC, N customers experienced X.}\n' },
    { key: 'leadup', title: 'Leadup', aliases: ['lead up', 'background', 'context'], required: false, role: 'other', description: 'The circumstances and changes that led to the incident.', scaffold: '${1:What led up to it.}\n' },
    { key: 'fault', title: 'Fault', aliases: ['the fault', 'what went wrong technically'], required: true, role: 'other', description: 'How the change or condition failed.', scaffold: '${1:What failed.}\n' },
    { key: 'impact', title: 'Impact', aliases: ['customer impact', 'user impact'], required: true, role: 'impact', description: 'Who was affected, how many, and for how long.', scaffold: '${1:N} customers were affected for ${2:N} minutes.\n' },
    { key: 'detection', title: 'Detection', aliases: ['how it was detected'], required: true, role: 'detection', description: 'How and when the team learned of it; how could the time to detect be cut in half?', scaffold: '${1:Which alert or person, and when.}\n' },
    { key: 'response', title: 'Response', aliases: ['incident response'], required: true, role: 'other', description: 'Who responded and what they did.', scaffold: '${1:Who responded and how.}\n' },
    { key: 'resolution', title: 'Recovery', aliases: ['resolution', 'mitigation'], required: true, role: 'resolution', description: 'How service was restored, and how long it took.', scaffold: '${1:How service was restored.}\n' },
    { key: 'timeline', title: 'Timeline', aliases: ['incident timeline', 'timeline of events'], required: true, role: 'timeline', description: 'Times with time zone, from the leadup to recovery.', scaffold: '- ${1:HH:MM} UTC - ${2:What happened.}\n' },
    { key: 'five-whys', title: 'Five whys', aliases: ['5 whys', 'five why', 'whys'], required: false, role: 'other', description: 'Why after why, down to the root cause.', scaffold: '1. ${1:Why}\n2. ${2:Why}\n3. ${3:Why}\n4. ${4:Why}\n5. ${5:Why}\n' },
    { key: 'root-cause', title: 'Root cause', aliases: ['root causes', 'cause', 'root cause analysis', 'rca'], required: true, role: 'root-cause', description: 'The system or process condition at the bottom of the five whys; blameless.', scaffold: '${1:The root cause.}\n' },
    { key: 'related-records', title: 'Related records', aliases: ['backlog check', 'related incidents', 'related tickets'], required: false, role: 'other', description: 'Earlier incidents and backlog items with the same cause.', scaffold: '- ${1:TICKET-123}\n' },
    { key: 'lessons', title: 'Lessons learned', aliases: ['lessons', 'learnings', 'takeaways'], required: false, role: 'lessons', description: 'What the team learned.', scaffold: '- ${1}\n' },
    { key: 'action-items', title: 'Corrective actions', aliases: ['corrective action', 'action items', 'follow up actions', 'priority actions', 'next steps'], required: true, role: 'action-items', description: 'Tasks with owners; priority actions have a 4- or 8-week deadline.', scaffold: '- [ ] ${1:Task} (owner: @${2:name}, due ${3:YYYY-MM-DD})\n' },
  ],
};
