package org.entente.neo4j;
public class EntenteNeo4j { public static void main(String[] a) {} }
