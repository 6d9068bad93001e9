package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Tasks".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class TasksApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code tasks()} accessor.
     */
    public TasksApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/7170802730/tasks} (request "Tasks/Get Tasks for a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTasksForAFile(String authorization) {
        return transport.send(getTasksForAFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTasksForAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getTasksForAFileAsync(String authorization) {
        return transport.sendAsync(getTasksForAFileCall(authorization), jsonReader);
    }

    private Call getTasksForAFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.getTasksForAFile", "GET", "apiBoxComUrl", "/2.0/files/7170802730/tasks")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/task_assignments/2810149} (request "Tasks/Get a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getATaskAssignment(String authorization) {
        return transport.send(getATaskAssignmentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getATaskAssignment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getATaskAssignmentAsync(String authorization) {
        return transport.sendAsync(getATaskAssignmentCall(authorization), jsonReader);
    }

    private Call getATaskAssignmentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.getATaskAssignment", "GET", "apiBoxComUrl", "/2.0/task_assignments/2810149")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/tasks/2073419/assignments} (request "Tasks/Get the Assignments for a Task").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTheAssignmentsForATask(String authorization) {
        return transport.send(getTheAssignmentsForATaskCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTheAssignmentsForATask}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getTheAssignmentsForATaskAsync(String authorization) {
        return transport.sendAsync(getTheAssignmentsForATaskCall(authorization), jsonReader);
    }

    private Call getTheAssignmentsForATaskCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.getTheAssignmentsForATask", "GET", "apiBoxComUrl", "/2.0/tasks/2073419/assignments")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/tasks} (request "Tasks/Add a Task to a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addATaskToAFile(String authorization, JsonNode body) {
        return transport.send(addATaskToAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addATaskToAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addATaskToAFileAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addATaskToAFileCall(authorization, body), jsonReader);
    }

    private Call addATaskToAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.addATaskToAFile", "POST", "apiBoxComUrl", "/2.0/tasks")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/task_assignments} (request "Tasks/Create a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode createATaskAssignment(String authorization, JsonNode body) {
        return transport.send(createATaskAssignmentCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createATaskAssignment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createATaskAssignmentAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(createATaskAssignmentCall(authorization, body), jsonReader);
    }

    private Call createATaskAssignmentCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.createATaskAssignment", "POST", "apiBoxComUrl", "/2.0/task_assignments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/tasks} (request "Tasks/Create a Task").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode createATask(String authorization, JsonNode body) {
        return transport.send(createATaskCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createATask}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createATaskAsync(String authorization, JsonNode body) {
        return transport.sendAsync(createATaskCall(authorization, body), jsonReader);
    }

    private Call createATaskCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.createATask", "POST", "apiBoxComUrl", "/2.0/tasks")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/task_assignments} (request "Tasks/Create a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode createATaskAssignment2(String authorization, JsonNode body) {
        return transport.send(createATaskAssignment2Call(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createATaskAssignment2}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createATaskAssignment2Async(String authorization,
            JsonNode body) {
        return transport.sendAsync(createATaskAssignment2Call(authorization, body), jsonReader);
    }

    private Call createATaskAssignment2Call(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.createATaskAssignment2", "POST", "apiBoxComUrl", "/2.0/task_assignments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/task_assignments/2810161} (request "Tasks/Update a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateATaskAssignment(String authorization, JsonNode body) {
        return transport.send(updateATaskAssignmentCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateATaskAssignment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateATaskAssignmentAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateATaskAssignmentCall(authorization, body), jsonReader);
    }

    private Call updateATaskAssignmentCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.updateATaskAssignment", "PUT", "apiBoxComUrl", "/2.0/task_assignments/2810161")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/tasks/1817407} (request "Tasks/Update a Task").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateATask(String authorization, JsonNode body) {
        return transport.send(updateATaskCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateATask}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateATaskAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateATaskCall(authorization, body), jsonReader);
    }

    private Call updateATaskCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.updateATask", "PUT", "apiBoxComUrl", "/2.0/tasks/1817407")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/task_assignments/2810149} (request "Tasks/Delete a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteATaskAssignment(String authorization) {
        return transport.send(deleteATaskAssignmentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteATaskAssignment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteATaskAssignmentAsync(String authorization) {
        return transport.sendAsync(deleteATaskAssignmentCall(authorization), jsonReader);
    }

    private Call deleteATaskAssignmentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.deleteATaskAssignment", "DELETE", "apiBoxComUrl", "/2.0/task_assignments/2810149")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/tasks/1817407} (request "Tasks/Delete a Task").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteATask(String authorization) {
        return transport.send(deleteATaskCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteATask}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteATaskAsync(String authorization) {
        return transport.sendAsync(deleteATaskCall(authorization), jsonReader);
    }

    private Call deleteATaskCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.deleteATask", "DELETE", "apiBoxComUrl", "/2.0/tasks/1817407")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
