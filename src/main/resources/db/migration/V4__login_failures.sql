-- Failed password logins per phone: after too many within the window, the phone is locked for a while.
CREATE TABLE login_failure (
  phone           VARCHAR(11)  PRIMARY KEY,
  failures        INT          NOT NULL,
  window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until    TIMESTAMP WITH TIME ZONE
);
