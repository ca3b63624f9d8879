/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // An ESM-only dependency deep below office-addin-manifest breaks jest's loader; office-addin-mock only needs the enum.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
  setupFiles: ["<rootDir>/test/support/browser-apis.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
