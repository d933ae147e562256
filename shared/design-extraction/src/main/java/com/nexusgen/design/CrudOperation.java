package com.nexusgen.design;

/** What a page does with an entity. */
enum CrudOperation { CREATE, READ, UPDATE, DELETE }
