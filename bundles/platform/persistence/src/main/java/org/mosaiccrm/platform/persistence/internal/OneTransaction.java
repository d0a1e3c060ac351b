package org.mosaiccrm.platform.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A connection on which everything a caller (Liquibase) does stays in one transaction that the owner
 * of the real connection ends: the caller's commits become savepoints and its rollbacks go back to
 * the last of them; closing and auto-commit switches are ignored. Liquibase rolls back after reads of
 * its own and after a probe that fails (PostgreSQL then refuses every further statement until the
 * rollback); the migration so far stays. On a failure the owner rolls the whole transaction back.
 * Derby and PostgreSQL roll DDL back with the rest.
 */
final class OneTransaction {

    private OneTransaction() {
    }

    static Connection around(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        Savepoint[] last = { connection.setSavepoint() };
        return (Connection) Proxy.newProxyInstance(OneTransaction.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close", "setAutoCommit" -> {
                            return null;
                        }
                        case "getAutoCommit" -> {
                            return false;
                        }
                        case "commit" -> {
                            connection.releaseSavepoint(last[0]);
                            last[0] = connection.setSavepoint();
                            return null;
                        }
                        case "rollback" -> {
                            if (args == null) { // to a savepoint of the caller's own: passed on below
                                connection.rollback(last[0]);
                                last[0] = connection.setSavepoint();
                                return null;
                            }
                        }
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
