"use strict";
// Stands in for office-addin-manifest under jest: office-addin-mock needs only this enum.
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
