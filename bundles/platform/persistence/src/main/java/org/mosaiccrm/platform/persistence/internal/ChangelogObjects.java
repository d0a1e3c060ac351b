package org.mosaiccrm.platform.persistence.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.platform.persistence.PersistenceUnit;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RenameSequenceChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The tables and sequences a module's changelog leaves behind once all of it is applied: what
 * belongs to the module, read from its own migrations rather than guessed from names.
 */
final class ChangelogObjects {

    final Set<String> tables = new LinkedHashSet<>();
    final Set<String> sequences = new LinkedHashSet<>();

    private ChangelogObjects() {
    }

    static ChangelogObjects of(PersistenceUnit unit) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            ResourceAccessor accessor = new ClassLoaderResourceAccessor(unit.classLoader());
            DatabaseChangeLog changelog = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor),
                    () -> ChangeLogParserFactory.getInstance().getParser(unit.changelog(), accessor)
                            .parse(unit.changelog(), new ChangeLogParameters(), accessor));
            ChangelogObjects objects = new ChangelogObjects();
            for (ChangeSet changeSet : changelog.getChangeSets()) {
                for (Change change : changeSet.getChanges()) {
                    objects.follow(change);
                }
            }
            return objects;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void follow(Change change) {
        if (change instanceof CreateTableChange create) {
            tables.add(upper(create.getTableName()));
        } else if (change instanceof DropTableChange drop) {
            tables.remove(upper(drop.getTableName()));
        } else if (change instanceof RenameTableChange rename) {
            if (tables.remove(upper(rename.getOldTableName()))) {
                tables.add(upper(rename.getNewTableName()));
            }
        } else if (change instanceof CreateSequenceChange create) {
            sequences.add(upper(create.getSequenceName()));
        } else if (change instanceof DropSequenceChange drop) {
            sequences.remove(upper(drop.getSequenceName()));
        } else if (change instanceof RenameSequenceChange rename) {
            if (sequences.remove(upper(rename.getOldSequenceName()))) {
                sequences.add(upper(rename.getNewSequenceName()));
            }
        }
    }

    /** Tables in the order to drop them: last created first, so references point at tables still there. */
    List<String> tablesToDrop() {
        List<String> order = new ArrayList<>(tables);
        java.util.Collections.reverse(order);
        return order;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
