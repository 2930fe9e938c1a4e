import type { Template } from '../template';

/** The Google SRE book's example postmortem and its common Markdown copies. */
export const googleSre: Template = {
  id: 'google-sre',
  name: 'Google SRE',
  description: 'Summary, impact, root causes, trigger, resolution, detection, action items table, lessons learned, timeline (all times UTC).',
  sections: [
    { key: 'summary', title: 'Summary', aliases: ['incident summary', 'executive summary', 'overview'], required: true, role: 'summary', description: 'What happened, for how long (a duration the timeline agrees with), and the outcome, in a few sentences.', scaffold: '${1:Service} was unavailable for ${2:N} minutes because ${3:cause}.\n' },
    { key: 'impact', title: 'Impact', aliases: ['user impact', 'customer impact', 'business impact'], required: true, role: 'impact', description: 'Who was affected and how much: queries lost, users affected, revenue, with numbers.', scaffold: '${1:N}% of requests failed for ${2:N} minutes; ${3:N} users affected.\n' },
    { key: 'root-cause', title: 'Root Causes', aliases: ['root cause', 'causes', 'cause', 'root cause analysis', 'rca'], required: true, role: 'root-cause', description: 'The conditions that made the outage possible; blameless: systems and processes, not people.', scaffold: '${1:What made the outage possible.}\n' },
    { key: 'trigger', title: 'Trigger', aliases: ['triggers', 'triggering event'], required: false, role: 'other', description: 'The change or event that set the root causes off.', scaffold: '${1:What set it off.}\n' },
    { key: 'resolution', title: 'Resolution', aliases: ['mitigation', 'recovery', 'resolution and recovery', 'immediate actions', 'immediate fix', 'immediate fixes'], required: true, role: 'resolution', description: 'How the outage was mitigated and then resolved.', scaffold: '${1:How it was mitigated and resolved.}\n' },
    { key: 'detection', title: 'Detection', aliases: ['how it was detected', 'detection and alerting'], required: true, role: 'detection', description: 'How the incident was detected: which alert or person, and how quickly.', scaffold: '${1:Which alert fired, and when.}\n' },
    { key: 'action-items', title: 'Action Items', aliases: ['action item', 'corrective actions', 'follow ups', 'follow up actions', 'remediation items', 'remediation', 'next steps', 'moving forward'], required: true, role: 'action-items', description: 'A table `Action Item | Type | Owner | Bug`; types: mitigate, prevent, process (or investigate, repair, detect).', scaffold: '| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| ${1:Add an alert on error rate} | ${2|prevent,mitigate,process,detect,repair,investigate|} | ${3:@owner} | ${4:BUG-123} |\n' },
    {
      key: 'lessons', title: 'Lessons Learned', aliases: ['lessons', 'learnings', 'takeaways'], required: true, role: 'lessons', description: 'What went well, what went wrong, and where we got lucky.', scaffold: '### What went well\n- ${1}\n\n### What went wrong\n- ${2}\n\n### Where we got lucky\n- ${3}\n',
      children: [
        { key: 'went-well', title: 'What went well', aliases: ['things that went well', 'went well'], required: false, role: 'lessons', description: 'What worked in the response.', scaffold: '- ${1}\n' },
        { key: 'went-wrong', title: 'What went wrong', aliases: ['things that went wrong', 'went wrong', 'what did not go well', "what didn't go well"], required: false, role: 'lessons', description: 'What made it worse or slower.', scaffold: '- ${1}\n' },
        { key: 'lucky', title: 'Where we got lucky', aliases: ['where we were lucky', 'lucky'], required: false, role: 'lessons', description: 'What helped by chance, and should not be relied on.', scaffold: '- ${1}\n' },
      ],
    },
    { key: 'timeline', title: 'Timeline', aliases: ['incident timeline', 'timeline of events', 'chronology'], required: true, role: 'timeline', description: 'A date, "(all times UTC)", then a table of `HH:MM` rows with lifecycle markers in bold capitals: OUTAGE BEGINS, OUTAGE MITIGATED, OUTAGE ENDS.', scaffold: '${1:YYYY-MM-DD} (all times UTC)\n\n| Time | Event |\n| --- | --- |\n| ${2:HH:MM} | **OUTAGE BEGINS** ${3} |\n| ${4:HH:MM} | **OUTAGE ENDS** ${5} |\n' },
    { key: 'supporting-information', title: 'Supporting information', aliases: ['supporting info', 'appendix', 'references', 'links'], required: false, role: 'other', description: 'Dashboards, graphs, logs and documents behind the analysis.', scaffold: '- ${1:link}\n' },
  ],
};
