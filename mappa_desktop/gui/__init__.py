"""The Qt front end. Core never imports from here."""
