// expect-error: expected a declaration before 'foo'
foo bar;
