import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "coverage/",
      ".localsite/",
      "**/*.cjs",
      "**/*.mjs",
      "webpack.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
    },
  },
  {
    // Belt and braces beside dependency-cruiser: IO packages are never allowed in the domain.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@pnp/*", "react", "react-dom", "@fluentui/*", "@microsoft/*", "@azure/*"],
              message: "The domain is pure: no IO packages.",
            },
            {
              group: ["node:*", "fs", "http", "https", "net", "better-sqlite3"],
              message: "The domain is pure: no IO.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
