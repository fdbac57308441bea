package io.lexroute.intake.it;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL Hibernate sends while a test has it on, to check what a code path reads and writes. */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlRecorder implements StatementInspector {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public void start() {
        statements.clear();
        recording = true;
    }

    /** Stops recording; returns what was sent since {@link #start()}. */
    public List<String> stop() {
        recording = false;
        return List.copyOf(statements);
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            statements.add(sql);
        }
        return sql;
    }
}
