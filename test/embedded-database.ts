// Setup file of the Vitest projects that must run on the embedded database (PGlite): the
// `server-postgres` project runs the same server tests on DATABASE_URL instead.
delete process.env.DATABASE_URL;
