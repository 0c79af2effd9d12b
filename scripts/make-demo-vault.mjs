// Writes examples/vault: a realistic, deterministic demo vault for Rapport.
// Run with `node scripts/make-demo-vault.mjs`; the output is committed, so edit the data here and rerun.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = new URL("../examples/vault/", import.meta.url).pathname;
rmSync(ROOT, { recursive: true, force: true });

function write(path, text) {
	const file = join(ROOT, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
}

function yamlValue(v) {
	if (Array.isArray(v)) return "\n" + v.map((x) => `  - ${yamlValue(x)}`).join("\n");
	if (typeof v === "string" && (/^[[\]{}#&*!|>'"%@`,]/.test(v) || v.includes(": ") || v.includes("[["))) return JSON.stringify(v);
	return String(v);
}

function note(fm, body) {
	const lines = Object.entries(fm).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${yamlValue(v)}`);
	return `---\n${lines.join("\n")}\n---\n${body}`;
}

// name, circle, org, role, city, interests, birthday, cadence, aliases, folder, met_via
const people = [
	["Anna Rossi", "work", "Lumen Design", "Product designer", "Milano", ["design systems", "climbing", "jazz"], "1990-12-02", "monthly", ["Annie"]],
	["Marco Bianchi", "work", "Fintech Labs", "CTO", "Milano", ["rust", "cycling", "startups"], "1985-03-14", "6w", []],
	["Nicolò Ferri", "friend", null, "Photographer", "Torino", ["photography", "climbing", "film"], "--11-29", undefined, ["Nico"]],
	["Giulia Conti", "work", "Banca Nord", "Head of data", "Milano", ["data science", "running"], "1988-07-21", "quarterly", []],
	["Andrés García", "work", "Nube Cloud", "Engineering manager", "Madrid", ["kubernetes", "salsa", "cycling"], "1987-11-30", "2 months", ["Andy"]],
	["Élodie Laurent", "work", "Maison Verte", "Founder", "Lyon", ["sustainability", "wine", "startups"], null, "quarterly", []],
	["Jürgen Weiß", "work", "Datenwerk", "Principal engineer", "Berlin", ["rust", "chess"], "1979-05-05", "P3M", []],
	["Zoë Müller", "friend", null, "Illustrator", "Zürich", ["illustration", "jazz", "hiking"], "1992-02-29", "settimanale", []],
	["Chiara Esposito", "family", null, "Sister", "Napoli", ["cooking", "tennis"], "1994-12-05", undefined, ["Chiara"]],
	["Paolo Esposito", "family", null, "Father", "Napoli", ["gardening", "football"], "1958-01-18", "weekly", ["Papà"]],
	["Sara Lombardi", "partner", null, null, "Milano", ["yoga", "film", "travel"], "1991-06-10", undefined, []],
	["Luca Moretti", "work", "Fintech Labs", "Product manager", "Milano", ["product", "running", "startups"], "1989-09-09", "mensile", []],
	["Francesca Ricci", "work", "Ospedale Sacco", "Researcher", "Milano", ["data science", "climbing"], null, "ogni 2 settimane", ["Fra"]],
	["Davide Greco", "friend", null, "Chef", "Bologna", ["cooking", "wine", "cycling"], "--12-01", "monthly", []],
	["Elena Marino", "work", "Lumen Design", "Design lead", "Milano", ["design systems", "illustration"], "1986-04-23", "trimestrale", []],
	["Tommaso Galli", "work", "Nube Cloud", "SRE", "Milano", ["kubernetes", "chess"], null, "quarterly", []],
	["Martina Fontana", "friend", null, "Architect", "Milano", ["architecture", "hiking", "jazz"], "1990-08-15", "monthly", []],
	["Alessandro Bruno", "work", "Venture Sud", "Partner", "Roma", ["startups", "sailing"], "1975-10-02", "2w", []],
	["Valentina Costa", "work", "Banca Nord", "Data engineer", "Milano", ["data science", "rust", "yoga"], null, "quarterly", []],
	["Matteo Rinaldi", "friend", null, "Teacher", "Milano", ["football", "film"], "1989-12-24", "monthly", []],
	["Noemi Caruso", "work", "Freelance", "UX researcher", "Torino", ["research", "photography"], "1993-03-03", "quarterly", []],
	["Priya Natarajan", "work", "Open Health", "ML engineer", "London", ["data science", "climbing", "cooking"], "1991-11-28", "2 months", []],
	["Samuel Okafor", "work", "Lagos Dev Hub", "Community lead", "Lagos", ["community", "startups", "football"], null, "quarterly", []],
	["Hiroshi Tanaka", "work", "Kaizen Robotics", "Researcher", "Kyoto", ["robotics", "chess", "jazz"], "1982-06-30", "yearly", []],
	["Beatrice Leone", "friend", null, "Musician", "Milano", ["jazz", "film"], "1995-01-27", "monthly", ["Bea"]],
	["Federico Serra", "work", "Fintech Labs", "Designer", "Cagliari", ["design systems", "sailing"], null, undefined, []],
	["Irene Villa", "work", "Banca Nord", "Recruiter", "Milano", ["community", "running"], null, "every blue moon", []],
	["Lorenzo Gatti", "work", "Kaizen Robotics", "Intern", "Milano", ["robotics"], "1999-02-30", undefined, []],
];

const slug = (n) => n;
// Explicit relations for the graph: who knows whom, who introduced whom, partner and family.
const RELATIONS = {
	"Anna Rossi": { knows: ["[[Elena Marino]]", "[[Federico Serra]]"] },
	"Marco Bianchi": { met_via: "[[Anna Rossi]]", knows: ["[[Luca Moretti]]"] },
	"Giulia Conti": { knows: ["[[Valentina Costa]]", "[[Rachel Kim]]"] },
	"Priya Natarajan": { met_via: "[[Francesca Ricci]]" },
	"Élodie Laurent": { introduced_by: "[[Alessandro Bruno]]" },
	"Martina Fontana": { partner: "[[Davide Greco]]" },
	"Chiara Esposito": { family: ["[[Paolo Esposito]]"] },
	"Zoë Müller": { knows: ["[[Beatrice Leone]]", "[[Martina Fontana]]"] },
};
// Relationship health and introductions: when a relationship began, a closeness set by hand, what people offer and ask.
const HEALTH = {
	"Anna Rossi": { since: "2019-03-01" },
	"Sara Lombardi": { closeness: 95 },
	"Paolo Esposito": { since: "1994-12-05" },
	"Zoë Müller": { offers: ["illustration for pitch decks"] },
	"Samuel Okafor": { asks: ["illustration", "speakers for Lagos meetups"] },
	"Noemi Caruso": { offers: ["user research"], asks: ["speakers"] },
	"Élodie Laurent": { asks: ["user research"] },
};
for (const [name, circle, org, role, city, interests, birthday, cadence, aliases] of people) {
	const fm = {
		type: "person",
		circle,
		org: org ?? undefined,
		role: role ?? undefined,
		location: city,
		interests,
		birthday: birthday ?? undefined,
		cadence,
		aliases: aliases.length ? aliases : undefined,
		...RELATIONS[name],
		...HEALTH[name],
	};
	let body = `\n# ${name}\n\n${role ? `${role}${org ? ` at ${org}` : ""}.` : "Family and friends."} Lives in ${city}.\n\n## Notes\n`;
	if (name === "Anna Rossi") body += "\n- Prefers async updates; mornings are best for calls.\n- [ ] Send Anna the design systems talk recording 📅 2026-11-24\n\n## Log\n- 2026-10-03 Lunch near the office, talked about her climbing trip\n";
	if (name === "Paolo Esposito") body += "\n- [ ] Call papà about the garden project ⏳ 2026-11-27\n- [ ] Sunday call with papà 🔁 every week 📅 2026-11-29\n\n## Log\n- 2026-11-15 Long phone call\n";
	if (name === "Chiara Esposito") body += "\n- [ ] Book tickets for Chiara's birthday dinner [due:: 2026-12-03]\n";
	if (name === "Sara Lombardi") body += "\n- [ ] Plan the winter trip together\n";
	if (name === "Hiroshi Tanaka") body += "\n- [x] Sent the robotics paper #gave ✅ 2026-09-14\n";
	// Weekly sketching with Zoë in September, then only the jazz night: her silence is long for her own rhythm.
	if (name === "Zoë Müller") body += "\n## Log\n- 2026-09-03 Sketching session at the park\n- 2026-09-10 Sketching session\n- 2026-09-17 Sketching session, then aperitivo\n";
	// Davide keeps giving; nothing went back yet (the panel suggests giving back).
	if (name === "Davide Greco") body += "\n## Log\n- 2026-09-20 Lent me his camping gear #received\n- 2026-10-25 Introduced me to a wine importer received:: intro\n";
	if (name === "Giulia Conti") body += "\n## Log\n- 2026-10-02 Reviewed her conference talk #gave\n- 2026-11-05 She shared the Banca Nord hiring plan #received\n";
	write(`People/${slug(name)}.md`, note(fm, body));
}
// A second "Luca Moretti" (a deliberate duplicate name for doctor) and a person found by tag, outside People/.
write("Contacts/Luca Moretti.md", note({ tags: ["contact"], circle: "friend", location: "Verona" }, "\nMet at the climbing gym in Verona. Not the Fintech Labs Luca.\n"));
write("Clients/Rachel Kim.md", note({ tags: ["person/work"], org: "Harbor Analytics", role: "VP Data", interests: ["data science", "sailing"], cadence: "monthly" }, "\nClient contact, introduced by [[Giulia Conti]].\n"));
write("People/Broken YAML.md", "---\ntype: person\ncadence: [monthly\n---\nThis note's frontmatter is not valid YAML.\n");

// Meetings: [date, title, attendees (links or names), body lines, extra frontmatter]
const L = (n) => `[[${n}]]`;
const meetings = [
	["2026-07-02", "Coffee with Anna", [L("Anna Rossi")], ["Talked about the new design system.", "- [x] Share the Figma library ✅ 2026-07-03"]],
	["2026-07-09", "Fintech Labs intro", [L("Marco Bianchi"), L("Luca Moretti")], ["Intro to their payments roadmap."]],
	["2026-07-16", "Climbing with Nico", [L("Nico")], ["Bouldering at the gym, then pizza."]],
	["2026-07-23", "Data guild", [L("Giulia Conti"), L("Valentina Costa"), L("Francesca Ricci")], ["Discussed the shared feature store."]],
	["2026-07-30", "Call with Andrés", ["[[Andrés García|Andy]]"], ["Kubernetes migration war stories."]],
	["2026-08-04", "Maison Verte pitch", [L("Élodie Laurent")], ["- [ ] Send Élodie the sustainability report 📅 2026-08-20"]],
	["2026-08-20", "Berlin sync", [L("Jürgen Weiß")], ["Rust in production: lessons learned."]],
	["2026-08-27", "Studio visit", [L("Zoë Müller")], ["Saw the new illustration series."]],
	["2026-09-03", "Lunch with Elena", [L("Elena Marino")], ["Design leadership, hiring."]],
	["2026-09-08", "SRE roundtable", [L("Tommaso Galli"), L("Andrés García")], ["On-call rotations."]],
	["2026-09-12", "Dinner at Davide's", [L("Davide Greco"), L("Martina Fontana")], ["Best risotto of the year."]],
	["2026-09-18", "Venture Sud office hours", [L("Alessandro Bruno")], ["Pitch feedback.", "- [ ] Send Alessandro the updated deck 📅 2026-09-25"]],
	["2026-09-24", "Research readout", [L("Noemi Caruso")], ["User interviews for the onboarding flow."]],
	["2026-10-01", "ML reading group", [L("Priya Natarajan"), L("Francesca Ricci")], ["Paper: retrieval evaluation."]],
	["2026-10-06", "Community call", [L("Samuel Okafor")], ["Lagos Dev Hub x Milano meetup idea."]],
	["2026-10-08", "Jazz night", [L("Beatrice Leone"), L("Zoë Müller"), "Martina Fontana"], ["Blue Note Milano."]],
	["2026-10-10", "Robotics demo", [L("Hiroshi Tanaka"), L("Lorenzo Gatti")], ["Kaizen's new gripper."]],
	["2026-10-13", "1:1 with Marco", [L("Marco Bianchi")], ["Roadmap for Q1.", "- [ ] Review Marco's architecture doc [due:: 2026-11-20]"]],
	["2026-10-20", "Banca Nord workshop", [L("Giulia Conti"), L("Valentina Costa"), L("Irene Villa")], ["Hiring pipeline for data roles."]],
	["2026-10-22", "Coffee with Fra", [L("Fra")], ["Her climbing project."]],
	["2026-10-27", "Design crit", [L("Anna Rossi"), L("Elena Marino"), L("Federico Serra")], ["Crit of the onboarding screens.", "- [ ] Send crit notes to the team 🛫 2026-10-28 📅 2026-11-25"]],
	["2026-10-29", "Call with Priya", [L("Priya Natarajan")], ["- [ ] Intro Priya to Giulia (both into data science) due:: 2026-12-02"]],
	["2026-11-02", "Lunch with Matteo", [L("Matteo Rinaldi")], ["Football and films."]],
	["2026-11-05", "Kyoto call", [L("Hiroshi Tanaka")], ["Time zones are hard."]],
	["2026-11-09", "Fintech Labs product review", [L("Luca Moretti"), L("Marco Bianchi"), L("Federico Serra")], ["- [ ] Write up the review notes"]],
	["2026-11-12", "Startup breakfast", [L("Alessandro Bruno"), L("Élodie Laurent"), L("Samuel Okafor")], ["Climate startups in southern Europe."]],
	["2026-11-16", "Coffee with Andy", [L("Andy")], ["- [ ] Send Andrés the Helm charts repo 📅 2026-11-26"]],
	["2026-11-18", "Client kickoff", [L("Rachel Kim"), L("Giulia Conti")], ["Harbor Analytics kickoff.", "- [ ] Draft the data-sharing agreement for [[Rachel Kim]] 📅 2026-11-30"]],
	["2026-11-20", "Design systems meetup prep", [L("Elena Marino"), L("Anna Rossi")], ["Agenda for the December meetup."]],
	["2026-11-23", "Run club", [L("Giulia Conti"), L("Luca Moretti"), L("Irene Villa")], ["10k along the Naviglio."]],
	["2026-11-24", "Call with Mario", ["Mario Verdi"], ["Mario is not in the vault yet: doctor will say so."]],
	["2026-11-25", "Portfolio review", [L("Noemi Caruso"), L("Nicolò Ferri")], ["Photography portfolio for the UX book."]],
	["2026-11-26", "Sailing plans", [L("Alessandro Bruno"), L("Federico Serra")], ["Spring regatta."]],
	["2026-11-27", "Standup with Fintech Labs", [L("Marco Bianchi"), L("Luca Moretti")], ["- [ ] Share the incident postmortem ⏳ 2026-11-27"]],
	["2026-11-27", "Lunch with Sara", [L("Sara Lombardi")], ["Lunch near the Duomo."], { date: "2026-11-27 13:00" }],
	["2026-11-30", "Board prep", [L("Alessandro Bruno")], ["- [ ] Send the board pack 📅 2026-12-01"]],
	["2026-12-02", "Data guild", [L("Giulia Conti"), L("Valentina Costa"), L("Priya Natarajan")], ["Planned."]],
	["2026-12-03", "Design systems meetup", [L("Elena Marino"), L("Anna Rossi"), L("Federico Serra")], ["Planned."]],
];
for (const [date, title, attendees, body, extra] of meetings) {
	const fm = { type: "meeting", date: extra?.date ?? date, attendees };
	write(`Meetings/${date} ${title}.md`, note(fm, `\n# ${title}\n\n${body.join("\n")}\n`));
}
// A meeting found by folder only, with its follow-up in the frontmatter and the date in the file name.
write("Meetings/2026-11-19 Intro call with Tommaso.md", note({ people: [L("Tommaso Galli")], follow_up: "2026-11-26" }, "\nQuick intro; he wants to hear about our SRE tooling.\n"));
// A meeting with no date at all: doctor reports it.
write("Meetings/Someday coffee.md", note({ type: "meeting", with: "Beatrice Leone" }, "\nWe should pick a date.\n"));

// The larger event.
const eventAttendees = ["Anna Rossi", "Marco Bianchi", "Giulia Conti", "Andrés García", "Jürgen Weiß", "Luca Moretti", "Elena Marino", "Tommaso Galli", "Valentina Costa", "Priya Natarajan", "Samuel Okafor", "Noemi Caruso", "Federico Serra", "Irene Villa"].map(L);
write(
	"Meetings/2026-10-15 Milano Tech Summit.md",
	note(
		{ type: "event", date: "2026-10-15", location: "Milano", participants: eventAttendees, tags: ["conference"], keep_together: ["[[Jürgen Weiß]], [[Marco Bianchi]]"], keep_apart: ["[[Luca Moretti]], [[Marco Bianchi]]"] },
		`\n# Milano Tech Summit\n\nTwo days, 600 people. Great hallway track.\n\n## Follow-ups\n- [ ] Send [[Samuel Okafor]] the meetup deck 📅 2026-10-20\n- [ ] Connect [[Jürgen Weiß]] and [[Marco Bianchi]] about Rust ⏳ 2026-11-28\n- [ ] Thank the organisers\n\n> [!note] Ideas\n> - [ ] Ask [[Noemi Caruso]] to speak at the next edition 📅 2026-12-04\n\n\`\`\`\n- [ ] This task is inside a code block and is not a task\n\`\`\`\n`,
	),
);

// Daily notes (folder and format from .obsidian/daily-notes.json).
const dailies = {
	"2026-11-02": "Morning run. Messaged [[Beatrice Leone]] about the jazz night photos.\n\n- [x] Call [[Chiara Esposito]] ✅ 2026-11-02\n",
	"2026-11-10": "Read the [[Priya Natarajan]] paper draft.\n\n> Quote from [[Hiroshi Tanaka]]'s talk: this is not a contact.\n",
	"2026-11-20": "Caught up with [[Martina Fontana|Marti]] on the phone.\n\n- [ ] Send [[Matteo Rinaldi]] the film list 📅 2026-11-28\n- [ ] Ask [[Davide Greco]] for the risotto recipe\n",
	"2026-11-26": "Quiet day. ![[Zoë Müller]] (an embed is not a contact)\n",
};
for (const [date, body] of Object.entries(dailies)) write(`Daily/${date}.md`, `# ${date}\n\n${body}`);

// Vault settings and templates.
write(".obsidian/daily-notes.json", JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" }, null, 2) + "\n");
write(".obsidian/templates.json", JSON.stringify({ folder: "Templates" }, null, 2) + "\n");
write("Templates/Daily.md", "# {{date:dddd D MMMM YYYY}}\n\n## Notes\n\n");
write("Templates/Person.md", note({ type: "person", circle: "work", cadence: "quarterly", birthday: "" }, "\n## Notes\n"));
write("Templates/Meeting.md", note({ type: "meeting", date: "{{date}}", attendees: [] }, "\n## Notes\n\n## Follow-ups\n- [ ] \n"));
write("README.md", "# Rapport demo vault\n\nPeople live in `People/`, meetings in `Meetings/`, daily notes in `Daily/`.\nOpen it in Obsidian, or run `npm run demo` from the repository.\n");
