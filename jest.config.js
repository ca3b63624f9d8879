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
  // Command tests start veikart as a child process or write whole workbooks; jest's 5 s default is
  // a flaky bound for them on a shared 2-core machine. Speed is judged in `npm run bench`, not here.
  testTimeout: 30000,
};
