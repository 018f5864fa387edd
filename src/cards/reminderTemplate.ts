/**
 * The reminder card's Adaptive Cards 1.5 template (adaptivecards-templating): `reminderCard.ts` expands it
 * over a view whose texts are already localised and escaped. Values from data are never evaluated as
 * expressions, so a `${…}` someone typed into a goal title stays literal text.
 */
export const reminderTemplate = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  msteams: { width: "Full" },
  refresh: {
    action: {
      type: "Action.Execute",
      title: "${refresh.title}",
      verb: "${refresh.verb}",
      data: "${refresh.data}",
    },
    userIds: "${refresh.userIds}",
  },
  body: [
    { type: "TextBlock", text: "${heading}", size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    { type: "TextBlock", text: "${greeting}", wrap: true },
    {
      $when: "${hasNotice}",
      type: "TextBlock",
      text: "${notice}",
      wrap: true,
      weight: "Bolder",
      color: "${noticeColor}",
    },
    {
      type: "Container",
      $data: "${sections}",
      separator: true,
      spacing: "Large",
      items: [
        { type: "TextBlock", text: "${heading}", size: "Medium", weight: "Bolder", wrap: true },
        {
          type: "Container",
          $data: "${items}",
          spacing: "Medium",
          items: [
            { type: "TextBlock", text: "${title}", weight: "Bolder", wrap: true },
            {
              type: "TextBlock",
              $data: "${lines}",
              text: "${text}",
              isSubtle: true,
              wrap: true,
              spacing: "None",
            },
            {
              $when: "${hasOutcome}",
              type: "TextBlock",
              text: "${outcome}",
              color: "${outcomeColor}",
              weight: "Bolder",
              wrap: true,
            },
            {
              $when: "${hasInputs}",
              type: "Input.ChoiceSet",
              id: "${statusId}",
              label: "${statusLabel}",
              placeholder: "${statusPlaceholder}",
              style: "compact",
              choices: "${choices}",
            },
            {
              $when: "${hasInputs}",
              type: "Input.Text",
              id: "${commentId}",
              label: "${commentLabel}",
              placeholder: "${commentPlaceholder}",
              isMultiline: true,
              maxLength: 2000,
            },
            {
              $when: "${hasOpen}",
              type: "ActionSet",
              actions: [{ type: "Action.OpenUrl", title: "${openTitle}", url: "${openUrl}" }],
            },
          ],
        },
      ],
    },
  ],
  actions: [
    {
      $when: "${hasInputs}",
      type: "Action.Execute",
      title: "${save.title}",
      verb: "${save.verb}",
      data: "${save.data}",
      style: "positive",
      fallback: "Action.Submit",
    },
    { type: "Action.OpenUrl", title: "${open.title}", url: "${open.url}" },
  ],
} as const;
