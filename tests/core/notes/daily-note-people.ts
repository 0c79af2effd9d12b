import { lastDaysByName, person, type TestVault } from "../../builders";

/** Five people whom daily notes name in the tests of their meetings: by first name (`Dana`) or whole (`Marco Bianchi`). */
export const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Marco Bianchi.md": person(),
	"People/Livia Conti.md": person(),
};

/** The day of each of them's last interaction, by name. */
export const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));
