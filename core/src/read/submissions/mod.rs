//! Submissions of the framework's XLSForm as ODK Central, KoboToolbox and ODK Collect give them
//! back, read as assessments.
