package org.mosaiccrm.platform.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection whose commits, rollbacks, auto-commit switches and close are ignored, so that
 * everything a caller (Liquibase) does on it stays in one transaction that the owner of the real
 * connection ends. Liquibase rolls back after reads of its own (which here would undo the
 * migration so far); on a failure the owner rolls the whole transaction back. Derby and
 * PostgreSQL roll DDL back with the rest.
 */
final class OneTransaction {

    private OneTransaction() {
    }

    static Connection around(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        return (Connection) Proxy.newProxyInstance(OneTransaction.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    boolean endsOrSwitches = switch (method.getName()) {
                    case "commit", "close", "setAutoCommit" -> true;
                    case "rollback" -> args == null; // a rollback to a savepoint stays inside
                    default -> false;
                    };
                    if (endsOrSwitches) {
                        return null;
                    }
                    if (method.getName().equals("getAutoCommit")) {
                        return false;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
