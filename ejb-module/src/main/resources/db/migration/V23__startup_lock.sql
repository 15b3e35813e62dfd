-- One row that a server's start-up work locks (SELECT ... FOR UPDATE) before it looks at the
-- database and fills what is missing (the offer catalog, the demo data): the servers of a
-- cluster start together, and without it two of them would each find the database empty and
-- write the same rows, and the second would fail its start. Standard SQL for H2 2.x and
-- PostgreSQL 15.
CREATE TABLE startup_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_startup_lock PRIMARY KEY (id)
);
INSERT INTO startup_lock (id) VALUES (1);
