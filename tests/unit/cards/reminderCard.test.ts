import {
  commentInputId,
  escapeMarkdown,
  reminderCard,
  statusInputId,
  type AdaptiveCard,
  type Json,
  type ReminderCardData,
} from "../../../src/cards";
import { FOLLOW_UP_STATUSES } from "../../../src/domain";

const data: ReminderCardData = {
  person: { id: "maria.johansson@malkedjan.local", name: "Maria Johansson", aadObjectId: "aad-maria" },
  tabLink: { teamsAppId: "11111111-2222-3333-4444-555555555555" },
  items: [
    {
      kind: "goal-follow-up",
      key: "individual-goal:g1:2026-04-20:maria",
      goalId: "maria-2026-lasning",
      employeeId: "maria.johansson@malkedjan.local",
      title: "Öka läsförståelsen i åk 4",
      chain: ["Barn och unga", "Alla elever ska nå målen", "Läslyftet"],
      dueDate: "2026-04-20",
      overdue: false,
      lastFollowUp: { date: "2026-02-10", status: "on-track", comment: "Bra start" },
    },
    {
      kind: "goal-follow-up",
      key: "individual-goal:g2:2026-03-01:maria",
      goalId: "maria-2026-trygghet",
      employeeId: "maria.johansson@malkedjan.local",
      title: "Trygg rastverksamhet",
      chain: [],
      dueDate: "2026-03-01",
      overdue: true,
    },
    {
      kind: "goal-agreement",
      key: "agree:g3",
      goalId: "maria-2026-ny",
      title: "Nytt mål",
      audience: "medarbetare",
    },
    {
      kind: "team-overdue",
      key: "overdue:g4",
      goalId: "erik-2026-mat",
      employeeName: "Erik Sjöberg",
      title: "Matematiklyftet",
      dueDate: "2026-03-01",
    },
    {
      kind: "plan-follow-up",
      key: "plan:sjodal:t1",
      planTitle: "Arbetsplan Sjödalsskolan 2026",
      period: "tertial",
      dueDate: "2026-05-15",
      overdue: false,
    },
  ],
};

/** Every object in the card, depth first. */
function objects(value: Json | AdaptiveCard | undefined): Record<string, Json>[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return (value as Json[]).flatMap(objects);
  const object = value as Record<string, Json>;
  return [object, ...Object.values(object).flatMap((v) => objects(v))];
}

const texts = (card: AdaptiveCard): string[] =>
  objects(card)
    .filter((o) => o["type"] === "TextBlock")
    .map((o) => String(o["text"]));

const elementTypes = new Set([
  "TextBlock",
  "Container",
  "ActionSet",
  "Input.ChoiceSet",
  "Input.Text",
  "Action.Execute",
  "Action.OpenUrl",
  "Action.Submit",
  "AdaptiveCard",
]);

describe("the reminder card", () => {
  it("is one Adaptive Card 1.5 gathering every item due, with unique input ids and nothing left unexpanded", () => {
    const card = reminderCard(data, "sv");
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const typed = objects(card).filter((o) => typeof o["type"] === "string");
    expect(typed.map((o) => o["type"]).filter((t) => !elementTypes.has(String(t)))).toEqual([]);
    const ids = typed.filter((o) => String(o["type"]).startsWith("Input.")).map((o) => o["id"]);
    expect(ids).toEqual([statusInputId(0), commentInputId(0), statusInputId(1), commentInputId(1)]);
    expect(JSON.stringify(card)).not.toContain("${");
    const all = texts(card).join("\n");
    for (const title of ["Öka läsförståelsen i åk 4", "Trygg rastverksamhet", "Nytt mål", "Matematiklyftet"])
      expect(all).toContain(title);
    expect(all).toContain("Arbetsplan Sjödalsskolan 2026");
    expect(all).toContain("Barn och unga → Alla elever ska nå målen → Läslyftet");
    expect(all).toContain("Erik Sjöberg");
    expect(all).toContain("Senast uppföljt 10 februari 2026: Pågår enligt plan – Bra start");
    expect(all).toContain("Skulle ha följts upp 1 mars 2026");
  });

  it("offers the domain's follow-up statuses", () => {
    const card = reminderCard(data, "sv");
    const choiceSet = objects(card).find((o) => o["type"] === "Input.ChoiceSet");
    expect((choiceSet?.["choices"] as { value: string }[]).map((c) => c.value)).toEqual([
      ...FOLLOW_UP_STATUSES,
    ]);
  });

  it("saves with one Action.Execute falling back to Action.Submit, and refreshes for the person only", () => {
    const card = reminderCard(data, "sv");
    const executes = objects(card.actions as Json).filter((o) => o["type"] === "Action.Execute");
    expect(executes).toHaveLength(1);
    expect(executes[0]).toMatchObject({ verb: "saveFollowUps", fallback: "Action.Submit" });
    const saved = (executes[0]?.["data"] as unknown as { card: ReminderCardData }).card;
    expect(saved.items.map((i) => i.key)).toEqual(data.items.map((i) => i.key));
    expect(card.refresh).toMatchObject({
      action: { type: "Action.Execute", verb: "refreshCard" },
      userIds: ["8:orgid:aad-maria"],
    });
    expect(card.refresh?.userIds.length).toBeLessThanOrEqual(60);
  });

  it("links to the goal in the personal tab with Teams' deep link", () => {
    const card = reminderCard(data, "sv");
    const urls = objects(card)
      .filter((o) => o["type"] === "Action.OpenUrl")
      .map((o) => String(o["url"]));
    const goalLink = urls.find((u) => decodeURIComponent(u).includes("maria-2026-lasning"));
    expect(goalLink).toBeDefined();
    const url = new URL(goalLink ?? "");
    expect(url.origin + url.pathname).toBe(
      "https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/mina-mal",
    );
    expect(JSON.parse(url.searchParams.get("context") ?? "")).toEqual({
      subEntityId: "mina-mal/maria-2026-lasning",
    });
    const open = objects(card.actions as Json).find((o) => o["type"] === "Action.OpenUrl");
    expect(open?.["title"]).toBe("Öppna i Målkedjan");
  });

  it("speaks English when the person's locale is English", () => {
    const card = reminderCard(data, "en");
    const all = texts(card).join("\n");
    expect(all).toContain("Time to follow up");
    expect(all).toContain("Last followed up 10 February 2026: On track – Bra start");
    expect(all).not.toContain("Dags att följa upp");
    const choiceSet = objects(card).find((o) => o["type"] === "Input.ChoiceSet");
    expect((choiceSet?.["choices"] as { title: string }[]).map((c) => c.title)).toContain("At risk");
  });

  it("keeps a ${…} typed into a title, a comment or a name literal, never evaluated", () => {
    const card = reminderCard(
      {
        ...data,
        person: { ...data.person, name: "${person.id}" },
        items: [
          {
            kind: "goal-follow-up",
            key: "k",
            goalId: "g",
            employeeId: "maria.johansson@malkedjan.local",
            title: "Mål ${heading} ${if(true, 'a', 'b')}",
            chain: ["${$root.refresh.verb}"],
            dueDate: "2026-04-20",
            overdue: false,
            lastFollowUp: { date: "2026-02-10", status: "at-risk", comment: "${save.title}" },
          },
        ],
      },
      "sv",
    );
    const all = texts(card).join("\n");
    expect(all).toContain("Mål ${heading} ${if\\(true, 'a', 'b'\\)}");
    expect(all).toContain("${$root.refresh.verb}");
    expect(all).toContain("${save.title}");
    expect(all).toContain("Hej ${person.id}!");
    expect(all).not.toContain("Spara uppföljningar");
  });

  it("escapes markdown in what people wrote, so it shows as typed", () => {
    const card = reminderCard(
      {
        ...data,
        items: [
          {
            kind: "team-overdue",
            key: "k",
            goalId: "g",
            employeeName: "**Eva** [klicka](https://evil.example)",
            title: "- 1. # _inte_ en lista > citat",
            dueDate: "2026-03-01",
          },
        ],
      },
      "sv",
    );
    const all = texts(card).join("\n");
    expect(all).toContain("\\- 1. \\# \\_inte\\_ en lista \\> citat");
    expect(all).toContain("\\*\\*Eva\\*\\* \\[klicka\\]\\(https://evil.example\\)");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["*fet*", "\\*fet\\*"],
    ["_kursiv_", "\\_kursiv\\_"],
    ["~~struken~~", "\\~\\~struken\\~\\~"],
    ["[länk](http://x)", "\\[länk\\]\\(http://x\\)"],
    ["# rubrik", "\\# rubrik"],
    ["> citat", "\\> citat"],
    ["- punkt", "\\- punkt"],
    ["+ punkt", "\\+ punkt"],
    ["12. punkt", "12\\. punkt"],
    ["rad ett\n- rad två\r\n3. rad tre", "rad ett\n\\- rad två\n3\\. rad tre"],
    ["bara-bindestreck och 3.5 procent", "bara-bindestreck och 3.5 procent"],
    ["a\\b", "a\\\\b"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
